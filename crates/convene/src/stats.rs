//! `convene stats`: the reach figures of a series or a session on the command line, the same
//! tables the reach pages and the API publish; and `convene synthesize` for benchmarks.

use anyhow::{Context, bail};
use convene_domain::Slug;
use convene_domain::synthetic::SyntheticPlan;
use convene_storage::Store;
use convene_web::reach::{Builder, Figures};
use convene_web::{Catalogue, Lang};

/// What to print.
#[derive(Debug, Clone, clap::Args)]
pub struct StatsArgs {
    /// The series' slug [default: the first series]
    #[arg(long, value_name = "SLUG")]
    series: Option<String>,
    /// A session's number in the series (without it: the whole series)
    #[arg(long, value_name = "N")]
    session: Option<u32>,
    /// Output format
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
    /// Only this table (summary, sessions, countries, regions, groups, modes, languages, curve)
    #[arg(long, value_name = "ID")]
    table: Option<String>,
    /// Exact figures, small cells included (organisers only: the output is not for publishing)
    #[arg(long)]
    full: bool,
    /// Language of labels (ar, zh, en, fr, ru, es)
    #[arg(long, default_value = "en")]
    lang: String,
}

/// Output formats.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum Format {
    /// Aligned text tables.
    Text,
    /// The API's JSON.
    Json,
    /// CSV (one table: choose it with --table; default summary).
    Csv,
}

/// Synthetic registrations for a benchmark.
#[derive(Debug, Clone, clap::Args)]
pub struct SynthesizeArgs {
    /// The series' slug [default: the first series]
    #[arg(long, value_name = "SLUG")]
    series: Option<String>,
    /// Registrations in all, spread evenly over the series' sessions 1 to 12
    #[arg(long, value_name = "N")]
    total: u64,
}

/// Recounts what changed, then prints the figures.
pub async fn stats(store: &Store, args: StatsArgs, min_cell: u64) -> anyhow::Result<String> {
    let now = jiff::Timestamp::now();
    store.reach().refresh_reach(now).await?;
    let lang =
        Lang::from_code(&args.lang).with_context(|| format!("unknown language {:?}", args.lang))?;
    let catalogue = Catalogue::load()?;
    let builder = Builder::new(catalogue.tr(lang), if args.full { 0 } else { min_cell });
    let series = find_series(store, args.series.as_deref()).await?;
    let figures = match args.session {
        None => {
            let sessions = store.content().sessions(Some(series.id), None).await?;
            builder.series(&store.reach().series_reach(series.id).await?, &sessions)
        }
        Some(n) => {
            let sessions = store.content().sessions(Some(series.id), None).await?;
            let s = sessions
                .iter()
                .find(|s| s.number == n)
                .with_context(|| format!("series {} has no session {n}", series.slug))?;
            builder.session(&store.reach().session_reach(s.id, now).await?)
        }
    };
    render(&figures, args.format, args.table.as_deref())
}

fn render(figures: &Figures, format: Format, only: Option<&str>) -> anyhow::Result<String> {
    let tables: Vec<_> = match only {
        Some(id) => vec![figures.table(id).with_context(|| format!("no table {id:?}"))?],
        None => figures.tables.iter().collect(),
    };
    Ok(match format {
        Format::Json => {
            serde_json::to_string_pretty(&convene_web::api::reach::ReachDto::from(figures))?
        }
        // The command adds the last line break itself.
        Format::Csv => tables.first().map(|t| t.to_csv().trim_end().to_owned()).unwrap_or_default(),
        Format::Text => {
            let mut out = format!("{}\n", figures.headline);
            for t in tables {
                out.push_str(&format!("\n{}\n", t.caption));
                let width = t.rows.iter().map(|r| r.label.chars().count()).max().unwrap_or(0);
                for r in &t.rows {
                    let pad = width - r.label.chars().count();
                    out.push_str(&format!(
                        "  {}{}  {}\n",
                        r.label,
                        " ".repeat(pad),
                        r.texts.join("  ")
                    ));
                }
            }
            out
        }
    })
}

async fn find_series(store: &Store, slug: Option<&str>) -> anyhow::Result<convene_domain::Series> {
    let all = store.content().list_series().await?;
    let found = match slug {
        Some(s) => {
            let slug =
                Slug::try_from(s).map_err(|e| anyhow::anyhow!("invalid series slug {s:?}: {e}"))?;
            all.into_iter().find(|x| x.slug == slug)
        }
        None => all.into_iter().next(),
    };
    match found {
        Some(s) => Ok(s),
        None => bail!("no such series (load one first, e.g. with `convene demo`)"),
    }
}

/// Stores `total` synthetic registrations over sessions 1 to 12 of a series.
pub async fn synthesize(store: &Store, args: SynthesizeArgs) -> anyhow::Result<String> {
    let series = find_series(store, args.series.as_deref()).await?;
    let per = args.total / 12;
    let plans: Vec<SyntheticPlan> = (1..=12)
        .map(|number| SyntheticPlan {
            number,
            registrants: per + u64::from(u64::from(number) <= args.total % 12),
            attendees: None,
            countries: 150 + number as usize,
        })
        .collect();
    // Other people than the demo's (numbered from 1), so both sets can share sessions.
    let n = store.reach().load_synthetic(series.id, &plans, 1, 10_000_000).await?;
    let started = std::time::Instant::now();
    let sessions = store.reach().refresh_reach(jiff::Timestamp::now()).await?;
    Ok(format!(
        "stored {n} synthetic registrations; counted {sessions} sessions in {:.1} s",
        started.elapsed().as_secs_f64()
    ))
}
