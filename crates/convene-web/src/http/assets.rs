//! Static assets compiled into the binary, served under content-hashed names so that they
//! can be cached for a year and still change on upgrade.

use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};

use crate::AppState;
use crate::http::error::{AppError, Path};

const CSS: &str = include_str!("../../static/style.css");
const JS: &str = include_str!("../../static/app.js");
/// The site's icon: a small SVG, served from our own origin as the CSP's `img-src 'self'` asks.
const FAVICON: &str = include_str!("../../static/favicon.svg");

/// The fingerprinted asset names, computed once at start.
#[derive(Debug)]
pub struct Assets {
    css_url: &'static str,
    js_url: &'static str,
    favicon_url: &'static str,
}

/// FNV-1a, a stable content hash for asset names and ETags; a collision only costs a
/// stale cache entry, so no cryptographic hash is needed.
pub fn content_hash(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

fn fingerprint(bytes: &[u8]) -> String {
    format!("{:012x}", content_hash(bytes) & 0xffff_ffff_ffff)
}

impl Assets {
    /// Computes the fingerprinted URLs.
    pub fn new() -> Self {
        // Leaked once at start: the names live as long as the process, like the assets.
        let leak = |s: String| -> &'static str { Box::leak(s.into_boxed_str()) };
        Self {
            css_url: leak(format!("/static/style.{}.css", fingerprint(CSS.as_bytes()))),
            js_url: leak(format!("/static/app.{}.js", fingerprint(JS.as_bytes()))),
            favicon_url: leak(format!("/static/favicon.{}.svg", fingerprint(FAVICON.as_bytes()))),
        }
    }

    /// The stylesheet's URL.
    pub fn css_url(&self) -> &'static str {
        self.css_url
    }

    /// The script's URL.
    pub fn js_url(&self) -> &'static str {
        self.js_url
    }

    /// The icon's URL.
    pub fn favicon_url(&self) -> &'static str {
        self.favicon_url
    }
}

impl Default for Assets {
    fn default() -> Self {
        Self::new()
    }
}

/// `GET /static/{name}`: only the current fingerprinted names exist.
pub async fn serve(
    State(app): State<AppState>,
    Path(name): Path<String>,
) -> Result<Response, AppError> {
    let path = format!("/static/{name}");
    let (body, kind) = if path == app.assets.css_url {
        (CSS, "text/css; charset=utf-8")
    } else if path == app.assets.js_url {
        (JS, "text/javascript; charset=utf-8")
    } else if path == app.assets.favicon_url {
        (FAVICON, "image/svg+xml")
    } else {
        return Err(AppError::NotFound);
    };
    let mut res = ([(header::CONTENT_TYPE, kind)], body).into_response();
    res.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=31536000, immutable"),
    );
    Ok(res)
}
