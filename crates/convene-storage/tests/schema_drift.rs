//! `schema.rs` matches what the migrations build, on SQLite and on PostgreSQL.
//!
//! The schema is written once for both backends while the migrations are written per backend,
//! so nothing else notices when a migration adds, renames or retypes a column that `schema.rs`
//! does not know (a query then fails only at run time, on one backend). This compares every
//! table, column, type family and nullability of both migrated databases with the schema.

use std::collections::BTreeMap;

use convene_storage::testing;
use diesel::prelude::*;
use diesel::sql_types::{Integer, Text};

/// A column as the schema or a database declares it: type family and whether it may be NULL.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Column {
    family: &'static str,
    nullable: bool,
}

type Tables = BTreeMap<String, BTreeMap<String, Column>>;

/// Reads `schema.rs`'s `diesel::table!` blocks: table, then `column -> Type,` lines.
fn declared() -> Tables {
    let source = include_str!("../src/schema.rs");
    let mut tables = Tables::new();
    let mut current: Option<String> = None;
    for line in source.lines().map(str::trim) {
        if let Some(name) = current.as_ref() {
            if line == "}" {
                current = None;
            } else if let Some((column, ty)) = line.trim_end_matches(',').split_once(" -> ") {
                let (ty, nullable) = match ty.strip_prefix("Nullable<") {
                    Some(inner) => (inner.trim_end_matches('>'), true),
                    None => (ty, false),
                };
                let column = column.trim_start_matches("r#").to_owned();
                let family = family_of_schema(ty);
                tables.entry(name.clone()).or_default().insert(column, Column { family, nullable });
            }
        } else if let Some(rest) = line.strip_suffix('{')
            && let Some((name, _key)) = rest.trim().split_once(" (")
            && !name.contains(' ')
        {
            current = Some(name.to_owned());
        }
    }
    tables
}

fn family_of_schema(ty: &str) -> &'static str {
    match ty {
        "BigInt" | "Integer" | "SmallInt" => "integer",
        "Text" => "text",
        "Bool" => "bool",
        "Binary" => "binary",
        "Double" | "Float" => "float",
        other => panic!("schema.rs uses {other}: teach the drift test its family"),
    }
}

/// Integer widths differ by backend (SQLite has one INTEGER), so only families are compared.
fn family_of_sql(ty: &str) -> &'static str {
    let ty = ty.to_ascii_lowercase();
    match ty.as_str() {
        "bigint" | "integer" | "int" | "smallint" | "int8" | "int4" => "integer",
        "text" | "character varying" => "text",
        "boolean" => "bool",
        "blob" | "bytea" => "binary",
        "real" | "double precision" => "float",
        _ => "unknown",
    }
}

#[derive(QueryableByName)]
struct Row {
    #[diesel(sql_type = Text)]
    table_name: String,
    #[diesel(sql_type = Text)]
    column_name: String,
    #[diesel(sql_type = Text)]
    data_type: String,
    #[diesel(sql_type = Integer)]
    nullable: i32,
}

/// The migrated database's tables as the schema would have to declare them.
fn actual(rows: Vec<Row>) -> Tables {
    let mut tables = Tables::new();
    for r in rows {
        if r.table_name.starts_with("__diesel") || r.table_name.starts_with("sqlite_") {
            continue;
        }
        let column = Column { family: family_of_sql(&r.data_type), nullable: r.nullable != 0 };
        tables.entry(r.table_name).or_default().insert(r.column_name, column);
    }
    tables
}

// SQLite reports primary-key INTEGER columns as nullable although they are the rowid.
const SQLITE_COLUMNS: &str = "
    SELECT m.name AS table_name, p.name AS column_name, p.type AS data_type,
           CASE WHEN p.\"notnull\" = 1 OR p.pk > 0 THEN 0 ELSE 1 END AS nullable
    FROM sqlite_master m JOIN pragma_table_info(m.name) p
    WHERE m.type = 'table'";

const POSTGRES_COLUMNS: &str = "
    SELECT table_name::text, column_name::text, data_type::text,
           CASE WHEN is_nullable = 'YES' THEN 1 ELSE 0 END AS nullable
    FROM information_schema.columns WHERE table_schema = 'public'";

/// Every difference between `schema.rs` and a migrated database, one line each.
fn differences(backend: &str, actual: &Tables) -> Vec<String> {
    let declared = declared();
    assert!(declared.len() > 10, "the schema parser found too few tables: {declared:?}");
    let mut problems = Vec::new();
    for (table, columns) in actual {
        let Some(known) = declared.get(table) else {
            problems.push(format!("table {table} is missing from schema.rs"));
            continue;
        };
        for (name, column) in columns {
            match known.get(name) {
                None => problems.push(format!("{table}.{name} is missing from schema.rs")),
                Some(k) if k != column => problems.push(format!(
                    "{table}.{name}: schema.rs says {k:?}, the {backend} migrations make {column:?}"
                )),
                Some(_) => {}
            }
        }
        for name in known.keys().filter(|n| !columns.contains_key(*n)) {
            problems
                .push(format!("{table}.{name} is in schema.rs but not in the {backend} database"));
        }
    }
    for table in declared.keys().filter(|t| !actual.contains_key(*t)) {
        problems.push(format!("table {table} is in schema.rs but not in the {backend} database"));
    }
    problems
}

fn assert_matches(backend: &str, actual: &Tables) {
    let problems = differences(backend, actual);
    assert!(
        problems.is_empty(),
        "schema.rs and the {backend} migrations differ:\n{}",
        problems.join("\n")
    );
}

fn sqlite_columns(c: &mut SqliteConnection) -> Tables {
    actual(diesel::sql_query(SQLITE_COLUMNS).load(c).expect("read columns"))
}

#[tokio::test]
async fn schema_matches_sqlite_migrations() {
    let db = testing::sqlite().await;
    let convene_storage::DatabaseTarget::Sqlite(path) = &db.target else { unreachable!() };
    let mut c = SqliteConnection::establish(&path.to_string_lossy()).expect("open the test file");
    assert_matches("sqlite", &sqlite_columns(&mut c));
}

#[tokio::test]
async fn schema_matches_postgres_migrations() {
    let db = testing::postgres().await;
    let convene_storage::DatabaseTarget::Postgres(url) = &db.target else { unreachable!() };
    let mut c = PgConnection::establish(url).expect("connect to the test database");
    let rows: Vec<Row> = diesel::sql_query(POSTGRES_COLUMNS).load(&mut c).expect("read columns");
    assert_matches("postgres", &actual(rows));
}

#[tokio::test]
async fn a_column_the_schema_does_not_know_is_reported() {
    let db = testing::sqlite().await;
    let convene_storage::DatabaseTarget::Sqlite(path) = &db.target else { unreachable!() };
    let mut c = SqliteConnection::establish(&path.to_string_lossy()).expect("open the test file");
    diesel::sql_query("ALTER TABLE sessions ADD COLUMN added_later TEXT")
        .execute(&mut c)
        .expect("alter");
    diesel::sql_query("CREATE TABLE forgotten (id INTEGER PRIMARY KEY)")
        .execute(&mut c)
        .expect("create");
    let problems = differences("sqlite", &sqlite_columns(&mut c));
    assert_eq!(
        problems,
        [
            "table forgotten is missing from schema.rs",
            "sessions.added_later is missing from schema.rs"
        ]
    );
}
