//! Schemas of the API's closed vocabularies, built from the domain's own lists so that the
//! OpenAPI document's `enum`s cannot drift from what the server accepts and sends.

use convene_domain::{
    AgendaKind, AttendanceMode, Format, Lang, SchedulePrecision, SessionStatus, SpeakerRole,
    StakeholderGroup, reach::Population,
};
use utoipa::openapi::schema::{Object, ObjectBuilder, Type};

/// A string schema allowing only `values`.
fn closed(values: impl IntoIterator<Item = &'static str>, description: &str) -> Object {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .enum_values(Some(values))
        .description(Some(description))
        .build()
}

/// `stakeholder_group`.
pub fn stakeholder_group() -> Object {
    closed(StakeholderGroup::ALL.iter().map(|g| g.as_str()), "Stakeholder group.")
}

/// `attendance_mode`.
pub fn attendance_mode() -> Object {
    closed(
        AttendanceMode::ALL.iter().map(|m| m.as_str()),
        "How the person takes part, as the session's format offers.",
    )
}

/// `language`.
pub fn language() -> Object {
    closed(Lang::ALL.iter().map(|l| l.code()), "Preferred language (the six UN languages).")
}

/// A session's `status`.
pub fn session_status() -> Object {
    closed(
        SessionStatus::ALL.iter().filter(|s| s.is_public()).map(|s| s.as_str()),
        "Lifecycle status.",
    )
}

/// A session's `format`.
pub fn format() -> Object {
    closed(Format::ALL.iter().map(|f| f.as_str()), "How people take part in the session.")
}

/// A session's `schedule_precision`.
pub fn schedule_precision() -> Object {
    closed(SchedulePrecision::ALL.iter().map(|p| p.as_str()), "How precisely the dates are known.")
}

/// An agenda item's `kind`.
pub fn agenda_kind() -> Object {
    closed(AgendaKind::ALL.iter().map(|k| k.as_str()), "What kind of slot the item is.")
}

/// A person's `role` in an agenda item.
pub fn speaker_role() -> Object {
    closed(SpeakerRole::ALL.iter().map(|r| r.as_str()), "What the person does in the item.")
}

/// Whom reach figures count.
pub fn population() -> Object {
    closed(
        Population::ALL.iter().map(|p| p.as_str()),
        "Whom the figures count (a series mixes them per session and says `attendees`).",
    )
}

/// `answers`: JSON object keys are strings, so question ids are written as decimal digits.
pub fn answers() -> Object {
    ObjectBuilder::new()
        .schema_type(Type::Object)
        .property_names(Some(
            ObjectBuilder::new().schema_type(Type::String).pattern(Some("^[0-9]+$")),
        ))
        .additional_properties(Some(ObjectBuilder::new().schema_type(Type::String)))
        .description(Some(
            "Answers to the session's registration questions: the question's id (decimal \
             digits) to the answer.",
        ))
        .build()
}
