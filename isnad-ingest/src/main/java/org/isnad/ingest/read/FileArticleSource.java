package org.isnad.ingest.read;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.isnad.core.model.InputError;
import org.isnad.core.model.RawArticle;
import org.isnad.core.stage.ArticleSource;
import org.isnad.core.stage.BadInputException;

/**
 * Reads {@code .txt}, {@code .html}/{@code .htm} and {@code .jsonl} files, and folders of them
 * (recursively, in sorted order). Each input that cannot be read becomes one {@link InputError}
 * (source: the path, or {@code path:line} for a JSONL line) and reading goes on with the others;
 * nothing is thrown. Reasons: {@code no such file or directory}, {@code empty file},
 * {@code binary content, not text}, {@code file too large (N MB > 10 MB limit)},
 * {@code unsupported file type .xyz}, {@code invalid UTF-8 and no legacy Arabic encoding detected},
 * {@code cannot read file: ...}. See the package documentation for hidden files.
 */
public final class FileArticleSource implements ArticleSource {
    /** Files above this size are refused: 10 MiB. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    private static final long MB = 1024 * 1024;

    private final TextDecoder decoder = new TextDecoder();

    @Override
    public List<RawArticle> read(List<Path> paths, Consumer<InputError> onError) {
        List<RawArticle> articles = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                for (Path file : filesUnder(path, onError)) {
                    readFile(file, articles, onError);
                }
            } else if (Files.exists(path)) {
                readFile(path, articles, onError);
            } else {
                onError.accept(new InputError(path.toString(), "no such file or directory"));
            }
        }
        return articles;
    }

    /**
     * The files {@link #read} reads for {@code paths}, in the same order (folders expanded), so that a
     * caller can read them a few at a time; a missing path or unreadable folder is reported.
     */
    public static List<Path> files(List<Path> paths, Consumer<InputError> onError) {
        List<Path> out = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                out.addAll(filesUnder(path, onError));
            } else if (Files.exists(path)) {
                out.add(path);
            } else {
                onError.accept(new InputError(path.toString(), "no such file or directory"));
            }
        }
        return out;
    }

    private void readFile(Path file, List<RawArticle> into, Consumer<InputError> onError) {
        String source = file.toString();
        FileKind kind = FileKind.of(file);
        try {
            if (kind == null) {
                throw new BadInputException("unsupported file type " + FileKind.extension(file));
            }
            if (!Files.isRegularFile(file)) {
                throw new BadInputException(special(file));
            }
            TextDecoder.Decoded decoded = decoder.decodeWithNote(bytes(file), kind == FileKind.HTML);
            if (decoded.note() != null) {
                onError.accept(new InputError(source, "repair", decoded.note() + "; the article is kept"));
            }
            String content = decoded.text();
            if (content.isBlank()) {
                throw new BadInputException("empty file (only whitespace)");
            }
            switch (kind) {
                case TEXT -> into.add(RawArticle.text(source, content));
                case HTML -> into.add(RawArticle.html(source, content));
                case JSONL -> into.addAll(JsonlArticles.parse(source, content, onError));
            }
        } catch (BadInputException e) {
            onError.accept(new InputError(source, e.getMessage()));
        }
    }

    private static byte[] bytes(Path file) throws BadInputException {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new BadInputException("file too large (" + ((size + MB - 1) / MB) + " MB > "
                        + MAX_BYTES / MB + " MB limit)");
            }
            if (size == 0) {
                throw new BadInputException("empty file");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadInputException("cannot read file: " + describe(e), e);
        }
    }

    /**
     * Regular files under {@code dir}, sorted by path; hidden entries skipped; symbolic links followed;
     * failures (unreadable folder, link loop) reported.
     */
    private static List<Path> filesUnder(Path dir, Consumer<InputError> onError) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    return !d.equals(dir) && hidden(d) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (hidden(file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.isRegularFile()) {
                        files.add(file);
                    } else {
                        onError.accept(new InputError(file.toString(), special(file) + "; skipped"));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    onError.accept(new InputError(file.toString(), "cannot read: " + describe(e)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            onError.accept(new InputError(dir.toString(), "cannot read folder: " + describe(e)));
        }
        files.sort(null);
        return files;
    }

    /** What a path that is not a regular file is, in words. */
    static String special(Path p) {
        if (Files.isSymbolicLink(p) && !Files.exists(p)) {
            return "dangling symbolic link (its target does not exist)";
        }
        if (Files.isDirectory(p)) {
            return "a folder where a file was expected";
        }
        return "not a regular file (a FIFO, socket or device)";
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.FileSystemLoopException) {
            return "symbolic link loop";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }

    /** The kinds of file read, by extension. */
    enum FileKind {
        TEXT, HTML, JSONL;

        /** The kind for this file name, or null when the extension is not supported. */
        static FileKind of(Path file) {
            return switch (extension(file).toLowerCase(Locale.ROOT)) {
                case ".txt" -> TEXT;
                case ".html", ".htm" -> HTML;
                case ".jsonl" -> JSONL;
                default -> null;
            };
        }

        static String extension(Path file) {
            String name = file.getFileName() == null ? "" : file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            return dot <= 0 ? "(no extension)" : name.substring(dot);
        }
    }
}
