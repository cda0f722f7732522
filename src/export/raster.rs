//! Rasterises the exporter's SVG with resvg/usvg/tiny-skia, loading ONLY the fonts shipped in
//! `assets/fonts` (compiled in), never the system's, so a PNG comes out the same on every machine.

use std::sync::{Arc, LazyLock};

use resvg::tiny_skia;
use resvg::usvg;

use crate::layout::text::{BOLD_FONT, FONT_FAMILY, REGULAR_FONT};

use super::ExportError;

/// The only fonts the rasteriser sees.
static FONTS: LazyLock<Arc<usvg::fontdb::Database>> = LazyLock::new(|| {
    let mut database = usvg::fontdb::Database::new();
    database.load_font_data(REGULAR_FONT.to_vec());
    database.load_font_data(BOLD_FONT.to_vec());
    database.set_sans_serif_family(FONT_FAMILY);
    Arc::new(database)
});

/// Pixels of a rendered image: straight (not premultiplied) RGBA, row by row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RgbaImage {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// `width × height × 4` bytes.
    pub pixels: Vec<u8>,
}

/// Renders an SVG document at `scale` (output pixels per SVG unit of its own width and height).
pub fn rasterize(svg: &str, scale: f32) -> Result<RgbaImage, ExportError> {
    let options = usvg::Options {
        font_family: FONT_FAMILY.to_owned(),
        fontdb: Arc::clone(&FONTS),
        ..usvg::Options::default()
    };
    let tree =
        usvg::Tree::from_str(svg, &options).map_err(|err| ExportError::Render(err.to_string()))?;
    let size = tree.size();
    let width = (size.width() * scale).round().max(1.0) as u32;
    let height = (size.height() * scale).round().max(1.0) as u32;
    let mut pixmap = tiny_skia::Pixmap::new(width, height).ok_or(ExportError::Render(format!(
        "cannot make a {width}×{height} image"
    )))?;
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    Ok(RgbaImage {
        width,
        height,
        pixels: pixmap.take_demultiplied(),
    })
}

/// Encodes pixels as PNG. Fast compression and the cheap "Sub" filter: the images are mostly flat
/// colour, so they compress well anyway, and export speed matters more than a few kilobytes.
pub fn encode_png(image: &RgbaImage) -> Result<Vec<u8>, ExportError> {
    use image::ImageEncoder as _;
    use image::codecs::png::{CompressionType, FilterType, PngEncoder};
    let mut bytes = Vec::new();
    PngEncoder::new_with_quality(&mut bytes, CompressionType::Fast, FilterType::Sub)
        .write_image(
            &image.pixels,
            image.width,
            image.height,
            image::ExtendedColorType::Rgba8,
        )
        .map_err(|err| ExportError::Render(err.to_string()))?;
    Ok(bytes)
}
