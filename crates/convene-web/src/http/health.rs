//! Liveness and readiness probes for load balancers and orchestrators.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use serde_json::{Value, json};

use crate::AppState;

/// `GET /healthz`: the process is up and serving.
pub async fn healthz() -> Json<Value> {
    Json(json!({ "status": "ok" }))
}

/// `GET /readyz`: the database answers and takes writes; 503 otherwise, so traffic goes
/// elsewhere.
pub async fn readyz(State(app): State<AppState>) -> (StatusCode, Json<Value>) {
    if let Some(since) = app.store.write_trouble() {
        tracing::warn!(%since, "readiness: the database had no room to write");
        let body = json!({
            "status": "unavailable",
            "database": app.store.backend_name(),
            "reason": "storage_full",
            "failed_at": since.to_string(),
        });
        return (StatusCode::SERVICE_UNAVAILABLE, Json(body));
    }
    match app.store.ping().await {
        Ok(()) => (
            StatusCode::OK,
            Json(json!({ "status": "ready", "database": app.store.backend_name() })),
        ),
        Err(e) => {
            tracing::warn!(error = %e, "readiness check failed");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                Json(json!({ "status": "unavailable", "database": app.store.backend_name() })),
            )
        }
    }
}
