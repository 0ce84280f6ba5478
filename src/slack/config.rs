//! The bot's settings, from the environment (DESIGN.md "Configuration"). A missing or
//! malformed setting stops start-up with one line that names it; tokens are never printed
//! (their `Debug` shows only that they are set).

use crate::jobs::intake::Trigger;
use std::fmt;
use std::net::SocketAddr;
use thiserror::Error;

/// A token or secret: kept out of logs and debug output.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// Wraps a secret value.
    pub fn new(value: impl Into<String>) -> Secret {
        Secret(value.into())
    }

    /// The value, for the one place that sends it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(…)")
    }
}

/// A setting that stops start-up.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum ConfigError {
    /// Required and not set.
    #[error("{0} is not set; {1}")]
    Missing(&'static str, &'static str),
    /// Set, but not usable.
    #[error("{0} is malformed: {1}")]
    Malformed(&'static str, String),
}

/// Everything `lede serve` needs.
#[derive(Debug, Clone)]
pub struct BotConfig {
    /// `SLACK_BOT_TOKEN` (`xoxb-…`).
    pub bot_token: Secret,
    /// `SLACK_SIGNING_SECRET` (HTTP mode).
    pub signing_secret: Option<Secret>,
    /// `SLACK_APP_TOKEN` (`xapp-…`, Socket Mode).
    pub app_token: Option<Secret>,
    /// `LEDE_DATABASE_URL`, default `sqlite://lede.db`.
    pub database_url: String,
    /// `LEDE_BIND`, default `0.0.0.0:3000`.
    pub bind: SocketAddr,
    /// `LEDE_TIMEZONE`: the newsroom's zone, for display (default UTC).
    pub timezone: String,
    /// `LEDE_SLACK_API_URL`: the Web API base, without trailing slash.
    pub slack_api_url: Option<String>,
    /// `LEDE_TRIGGER`: `all` (default), `mention`, `reaction` or `channels:C1,C2`.
    pub trigger: Trigger,
    /// `LEDE_WORKERS`: jobs run at once (default 4).
    pub workers: usize,
    /// `LEDE_COMMAND_EPHEMERAL`: `/lede` answers only the caller (`true`/`false`, default false).
    pub ephemeral_commands: bool,
}

impl BotConfig {
    /// Reads the settings through `var` (the process environment in production). `socket`
    /// selects Socket Mode, which needs the app token instead of the signing secret.
    pub fn from_vars(var: impl Fn(&str) -> Option<String>, socket: bool) -> Result<BotConfig, ConfigError> {
        let get = |name: &str| var(name).map(|v| v.trim().to_string()).filter(|v| !v.is_empty());
        let bot_token = get("SLACK_BOT_TOKEN").ok_or(ConfigError::Missing(
            "SLACK_BOT_TOKEN",
            "set it to the app's Bot User OAuth Token (xoxb-…)",
        ))?;
        if !bot_token.starts_with("xoxb-") {
            return Err(ConfigError::Malformed("SLACK_BOT_TOKEN", "a bot token starts with xoxb-".into()));
        }
        let signing_secret = get("SLACK_SIGNING_SECRET").map(Secret::new);
        let app_token = get("SLACK_APP_TOKEN");
        if socket {
            let token = app_token.as_deref().ok_or(ConfigError::Missing(
                "SLACK_APP_TOKEN",
                "Socket Mode needs an app-level token (xapp-…) with connections:write",
            ))?;
            if !token.starts_with("xapp-") {
                return Err(ConfigError::Malformed(
                    "SLACK_APP_TOKEN",
                    "an app-level token starts with xapp-".into(),
                ));
            }
        } else if signing_secret.is_none() {
            return Err(ConfigError::Missing(
                "SLACK_SIGNING_SECRET",
                "set it to the app's Signing Secret (Basic Information page)",
            ));
        }
        let bind = match get("LEDE_BIND") {
            None => SocketAddr::from(([0, 0, 0, 0], 3000)),
            Some(b) => b
                .parse()
                .map_err(|_| ConfigError::Malformed("LEDE_BIND", format!("{b:?} is not host:port")))?,
        };
        let timezone = get("LEDE_TIMEZONE").unwrap_or_else(|| "UTC".into());
        if jiff::tz::TimeZone::get(&timezone).is_err() {
            return Err(ConfigError::Malformed(
                "LEDE_TIMEZONE",
                format!("{timezone:?} is not an IANA time zone"),
            ));
        }
        let slack_api_url = get("LEDE_SLACK_API_URL").map(|u| u.trim_end_matches('/').to_string());
        if let Some(u) = &slack_api_url
            && url::Url::parse(u).is_err()
        {
            return Err(ConfigError::Malformed("LEDE_SLACK_API_URL", format!("{u:?} is not a URL")));
        }
        let trigger = match get("LEDE_TRIGGER") {
            None => Trigger::All,
            Some(t) => Trigger::parse(&t).ok_or_else(|| {
                ConfigError::Malformed(
                    "LEDE_TRIGGER",
                    format!("{t:?}: use all, mention, reaction or channels:C1,C2"),
                )
            })?,
        };
        let workers = match get("LEDE_WORKERS") {
            None => 4,
            Some(w) => w.parse::<usize>().ok().filter(|n| (1..=64).contains(n)).ok_or_else(|| {
                ConfigError::Malformed("LEDE_WORKERS", format!("{w:?} is not a number from 1 to 64"))
            })?,
        };
        let ephemeral_commands = match get("LEDE_COMMAND_EPHEMERAL").as_deref() {
            None | Some("false") | Some("0") => false,
            Some("true") | Some("1") => true,
            Some(other) => {
                return Err(ConfigError::Malformed(
                    "LEDE_COMMAND_EPHEMERAL",
                    format!("{other:?}: use true or false"),
                ));
            }
        };
        Ok(BotConfig {
            bot_token: Secret::new(bot_token),
            signing_secret,
            app_token: app_token.map(Secret::new),
            database_url: get("LEDE_DATABASE_URL").unwrap_or_else(|| "sqlite://lede.db".into()),
            bind,
            timezone,
            slack_api_url,
            trigger,
            workers,
            ephemeral_commands,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn vars(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let map: HashMap<String, String> =
            pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        move |k| map.get(k).cloned()
    }

    #[test]
    fn missing_settings_are_named() {
        let err = BotConfig::from_vars(vars(&[]), false).unwrap_err();
        assert!(err.to_string().starts_with("SLACK_BOT_TOKEN is not set"));
        let err = BotConfig::from_vars(vars(&[("SLACK_BOT_TOKEN", "xoxb-1")]), false).unwrap_err();
        assert!(err.to_string().starts_with("SLACK_SIGNING_SECRET"));
        let err = BotConfig::from_vars(vars(&[("SLACK_BOT_TOKEN", "xoxb-1")]), true).unwrap_err();
        assert!(err.to_string().starts_with("SLACK_APP_TOKEN"));
        let err = BotConfig::from_vars(
            vars(&[
                ("SLACK_BOT_TOKEN", "xoxb-1"),
                ("SLACK_SIGNING_SECRET", "s"),
                ("LEDE_TIMEZONE", "Mars/Base"),
            ]),
            false,
        )
        .unwrap_err();
        assert!(err.to_string().starts_with("LEDE_TIMEZONE is malformed"));
    }

    #[test]
    fn tokens_stay_out_of_debug_output() {
        let config = BotConfig::from_vars(
            vars(&[("SLACK_BOT_TOKEN", "xoxb-very-secret"), ("SLACK_SIGNING_SECRET", "shh")]),
            false,
        )
        .unwrap();
        let shown = format!("{config:?}");
        assert!(!shown.contains("very-secret") && !shown.contains("shh"));
        assert_eq!(config.database_url, "sqlite://lede.db");
    }
}
