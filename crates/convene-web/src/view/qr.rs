//! QR codes of check-in links: SVG for pages, PNG for emails (mail clients rarely show SVG).

use qrcode::QrCode;
use qrcode::render::svg;

/// An inline SVG of `data`, labelled for screen readers.
pub fn svg(data: &str, label: &str) -> String {
    let Ok(code) = QrCode::new(data.as_bytes()) else { return String::new() };
    let image = code.render::<svg::Color<'_>>().min_dimensions(200, 200).quiet_zone(true).build();
    // Drop the XML prolog so the SVG can sit inside HTML, and give it a role and a name.
    let body = image.split_once("<svg").map_or(image.as_str(), |(_, rest)| rest);
    let label = label.replace('&', "&amp;").replace('<', "&lt;").replace('"', "&quot;");
    format!("<svg role=\"img\" aria-label=\"{label}\"{body}")
}

/// A PNG of `data`: black modules on white, `scale` pixels each, with a 4-module margin.
pub fn png(data: &str, scale: u32) -> Vec<u8> {
    let Ok(code) = QrCode::new(data.as_bytes()) else { return Vec::new() };
    let width = u32::try_from(code.width()).unwrap_or(0);
    let colors = code.to_colors();
    let side = (width + 8) * scale;
    let mut pixels = vec![255u8; (side * side) as usize];
    for (i, c) in colors.iter().enumerate() {
        if *c != qrcode::Color::Dark {
            continue;
        }
        let i = u32::try_from(i).unwrap_or(0);
        let (mx, my) = (i % width + 4, i / width + 4);
        for dy in 0..scale {
            let row = (my * scale + dy) * side;
            for dx in 0..scale {
                pixels[(row + mx * scale + dx) as usize] = 0;
            }
        }
    }
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, side, side);
    encoder.set_color(png::ColorType::Grayscale);
    encoder.set_depth(png::BitDepth::Eight);
    let written = encoder.write_header().and_then(|mut w| w.write_image_data(&pixels));
    if written.is_err() {
        return Vec::new();
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn png_and_svg_are_produced() {
        let p = super::png("https://example.org/checkin?code=12-ABCDEFGHJK", 4);
        assert_eq!(&p[1..4], b"PNG");
        let s = super::svg("12-ABCDEFGHJK", "Check-in code");
        assert!(s.starts_with("<svg role=\"img\" aria-label=\"Check-in code\""));
    }
}
