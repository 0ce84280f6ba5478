//! The `--published DATE` option: `YYYY-MM-DD` or RFC 3339.

use crate::cli::CliError;
use crate::extract::Published;
use clap::Args;
use jiff::civil::Date;
use jiff::fmt::temporal::{Pieces, PiecesOffset};

/// The `--published DATE` option, shared by the commands that resolve dates.
#[derive(Debug, Args)]
pub struct PublishedArg {
    /// Publication date to resolve dates against: YYYY-MM-DD or RFC 3339. Default: the
    /// article's own date, else today.
    #[arg(long, value_name = "DATE")]
    published: Option<String>,
}

impl PublishedArg {
    /// The date given, if any; a malformed one is a usage error naming it.
    pub fn given(&self) -> Result<Option<Published>, CliError> {
        self.published.as_deref().map(parse_published).transpose().map_err(CliError::Usage)
    }
}

/// Parses a publication date given on the command line; the error names the value and the
/// accepted forms.
pub fn parse_published(value: &str) -> Result<Published, String> {
    let bad = || {
        format!(
            "--published {value:?} is not a date; use YYYY-MM-DD (2023-06-14) or RFC 3339 (2023-06-14T09:30:00+01:00)"
        )
    };
    let value = value.trim();
    if value.len() == 10 {
        return value.parse::<Date>().map(Published::Day).map_err(|_| bad());
    }
    let pieces = Pieces::parse(value).map_err(|_| bad())?;
    let offset = match pieces.offset() {
        Some(PiecesOffset::Numeric(offset)) => offset.offset(),
        Some(PiecesOffset::Zulu) => jiff::tz::Offset::UTC,
        _ => return Err(bad()),
    };
    let time = pieces.time().ok_or_else(bad)?;
    let instant =
        pieces.date().to_datetime(time).to_zoned(offset.to_time_zone()).map_err(|_| bad())?.timestamp();
    Ok(Published::Instant(instant, offset))
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn accepts_dates_and_rfc3339() {
        assert_eq!(parse_published("2023-06-14"), Ok(Published::Day(date(2023, 6, 14))));
        let p = parse_published("2023-06-14T23:30:00-04:00").unwrap();
        assert_eq!(p.date(), date(2023, 6, 14));
        assert!(matches!(p, Published::Instant(..)));
        assert_eq!(parse_published("2023-06-15T03:30:00Z").unwrap().date(), date(2023, 6, 15));
    }

    #[test]
    fn refuses_the_rest_naming_the_value() {
        for bad in ["2023-13-45", "yesterday", "", "14/06/2023", "2023-06-14T10:00", "99999-01-01"] {
            let err = parse_published(bad).unwrap_err();
            assert!(err.contains(&format!("{bad:?}")), "{err}");
        }
    }
}
