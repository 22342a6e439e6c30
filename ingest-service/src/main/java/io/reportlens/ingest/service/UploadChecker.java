package io.reportlens.ingest.service;

import io.reportlens.engine.normalize.NormalizedText;
import io.reportlens.engine.normalize.TextNormalizer;
import io.reportlens.engine.read.DocumentReader;
import io.reportlens.engine.read.ReadDocument;
import io.reportlens.engine.read.SourceDocument;
import io.reportlens.engine.read.UnreadableDocumentException;
import io.reportlens.ingest.model.AcceptedDocument;
import io.reportlens.ingest.model.Upload;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;

/**
 * Every check an upload passes before anything is stored: metadata, size, the declared content type
 * against the bytes, compression bombs, reading (bounded in time) and normalizing the text, and that
 * the text is Chinese. Throws {@link IngestProblem} with the reason; plain Java, no framework.
 */
public final class UploadChecker {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final Set<String> TEXT_TYPES = Set.of("text/plain", "text/html", "application/xhtml+xml");
    private static final int MAX_TITLE_CHARS = 1000;
    private static final int MAX_URL_CHARS = 4096;

    public record Limits(long maxDocumentBytes, long maxTextBytes, long maxInflatedBytes, int maxInflateRatio,
                         Duration readTimeout, int minChineseChars) {
    }

    private final Limits limits;
    private final ContentSniffer sniffer = new ContentSniffer();
    private final ZipGuard zipGuard;
    private final DocumentReader reader = new DocumentReader();
    private final TextNormalizer normalizer = new TextNormalizer();
    private final ExecutorService readers;

    /** {@code readers} runs each read so a pathological document can be abandoned after the time limit. */
    public UploadChecker(Limits limits, ExecutorService readers) {
        this.limits = limits;
        this.zipGuard = new ZipGuard(limits.maxInflatedBytes(), limits.maxInflateRatio());
        this.readers = readers;
    }

    public AcceptedDocument check(Upload upload) {
        String sourceUrl = sourceUrl(upload.sourceUrl());
        String title = title(upload.title());
        LocalDate publishedDate = publishedDate(upload.publishedDate());
        byte[] bytes = upload.content();
        if (bytes == null || bytes.length == 0) {
            throw new IngestProblem(400, "empty-document", "Empty document", "the request carries no document (the body is empty)");
        }
        if (bytes.length > limits.maxDocumentBytes()) {
            throw tooLarge(bytes.length);
        }
        String contentType = effectiveContentType(upload.contentType(), bytes);
        ReadDocument read = read(new SourceDocument(bytes, contentType, upload.fileName()));
        if (read.text() == null || read.text().isBlank()) {
            throw new IngestProblem(422, "no-text", "No text", "the document holds no text");
        }
        if (read.text().getBytes(StandardCharsets.UTF_8).length > limits.maxTextBytes()) {
            throw IngestProblem.tooLarge("the document's text is larger than " + limits.maxTextBytes() + " bytes");
        }
        NormalizedText normalized = normalizer.normalize(read.text());
        if (chineseChars(normalized.text()) < limits.minChineseChars()) {
            throw new IngestProblem(422, "no-chinese-text", "No Chinese text",
                    "the document's text holds fewer than " + limits.minChineseChars() + " Chinese characters; ReportLens reads Chinese reports");
        }
        return new AcceptedDocument(bytes, contentType, read.format(), read.charset(), read.title(), read.text(),
                sha256(normalized.text()), sourceUrl, title, publishedDate);
    }

    public IngestProblem tooLarge(long size) {
        return IngestProblem.tooLarge("the document has " + size + " bytes; at most " + limits.maxDocumentBytes() + " are accepted");
    }

    /** The content type to read the bytes as: the declared one when the bytes agree, else the sniffed one. */
    String effectiveContentType(String declared, byte[] bytes) {
        String mediaType = mediaType(declared);
        ContentKind kind = sniffer.sniff(bytes);
        switch (mediaType) {
            case "", "application/octet-stream" -> {
                return switch (kind) {
                    case PDF -> "application/pdf";
                    case ZIP -> docx(bytes);
                    case TEXT -> sniffer.looksLikeHtml(bytes) ? "text/html" : "text/plain";
                    case OLE2 -> throw IngestProblem.unsupported("the content is a legacy Office file (.doc, .xls); send DOCX, PDF, HTML or text");
                    case BINARY -> throw IngestProblem.unsupported("the content is binary data, not a document (DOCX, PDF, HTML or text)");
                };
            }
            case "application/pdf" -> {
                if (kind != ContentKind.PDF) {
                    throw lying(mediaType, kind);
                }
                return mediaType;
            }
            case DOCX -> {
                if (kind != ContentKind.ZIP) {
                    throw lying(mediaType, kind);
                }
                return docx(bytes);
            }
            default -> {
                if (!TEXT_TYPES.contains(mediaType)) {
                    throw IngestProblem.unsupported("content type " + mediaType
                            + " is not supported; send text/plain, text/html, application/pdf or " + DOCX);
                }
                if (kind != ContentKind.TEXT) {
                    throw lying(mediaType, kind);
                }
                return declared.trim();
            }
        }
    }

    private String docx(byte[] bytes) {
        zipGuard.checkDocx(bytes);
        return DOCX;
    }

    private static IngestProblem lying(String declared, ContentKind actual) {
        String what = switch (actual) {
            case PDF -> "a PDF";
            case ZIP -> "a ZIP archive";
            case OLE2 -> "a legacy Office file";
            case BINARY -> "binary data";
            case TEXT -> "text";
        };
        return new IngestProblem(415, "content-type-mismatch", "Content type mismatch",
                "the content was declared " + declared + " but is " + what);
    }

    private ReadDocument read(SourceDocument doc) {
        Future<ReadDocument> reading = readers.submit(() -> reader.read(doc));
        try {
            return reading.get(limits.readTimeout().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            reading.cancel(true);
            throw IngestProblem.unreadable("the document could not be read within " + limits.readTimeout().toSeconds() + " s");
        } catch (InterruptedException e) {
            reading.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading a document", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UnreadableDocumentException unreadable) {
                throw IngestProblem.unreadable(unreadable.getMessage());
            }
            if (cause instanceof OutOfMemoryError) {
                throw IngestProblem.tooLarge("the document needs more memory to read than this service has");
            }
            // A parser choking on a damaged file is the file's fault, not the service's.
            throw IngestProblem.unreadable("the document is damaged and could not be read (" + cause.getClass().getSimpleName() + ")");
        }
    }

    static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        String type = semicolon >= 0 ? contentType.substring(0, semicolon) : contentType;
        return type.trim().toLowerCase(Locale.ROOT);
    }

    static String sourceUrl(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String url = value.trim();
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (url.length() > MAX_URL_CHARS || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw IngestProblem.badParameter("sourceUrl", "sourceUrl must be an absolute http(s) URL of at most " + MAX_URL_CHARS + " characters");
            }
            return url;
        } catch (java.net.URISyntaxException e) {
            throw IngestProblem.badParameter("sourceUrl", "sourceUrl is not a valid URL: " + e.getReason());
        }
    }

    static String title(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String title = value.strip();
        if (title.length() > MAX_TITLE_CHARS) {
            throw IngestProblem.badParameter("title", "title must be at most " + MAX_TITLE_CHARS + " characters");
        }
        return title;
    }

    static LocalDate publishedDate(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw IngestProblem.badParameter("publishedDate", "publishedDate '" + value + "' is not a date (expected YYYY-MM-DD)");
        }
    }

    static int chineseChars(String text) {
        return (int) text.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN).count();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
