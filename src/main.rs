//! The `lede` command. All logic lives in the library; see `lede::cli`.

fn main() -> std::process::ExitCode {
    lede::cli::main()
}
