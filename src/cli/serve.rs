//! `lede serve [--socket]`: reads the configuration from the environment and runs the bot.

use crate::cli::CliError;
use crate::cli::input::fetch_settings_from_env;
use crate::slack::BotConfig;
use clap::Args;
use std::process::ExitCode;

/// Arguments of `lede serve`.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Socket Mode (needs SLACK_APP_TOKEN; no public URL) instead of the HTTP Events API.
    #[arg(long)]
    socket: bool,
}

/// Runs the bot until Ctrl-C or SIGTERM.
pub fn run(args: ServeArgs) -> Result<ExitCode, CliError> {
    let config = BotConfig::from_vars(|name| std::env::var(name).ok(), args.socket)
        .map_err(|e| CliError::Usage(e.to_string()))?;
    let fetch = fetch_settings_from_env().map_err(CliError::Usage)?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| CliError::Other(anyhow::anyhow!("cannot start the runtime: {e}")))?;
    runtime.block_on(crate::slack::serve(config, fetch, args.socket))?;
    Ok(ExitCode::SUCCESS)
}
