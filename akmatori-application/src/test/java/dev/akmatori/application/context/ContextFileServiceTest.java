package dev.akmatori.application.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.application.testing.MutableClock;
import dev.akmatori.domain.context.ContextFile;
import dev.akmatori.domain.context.ContextFileDraft;
import dev.akmatori.domain.context.ContextFileId;
import dev.akmatori.domain.context.ContextFileName;
import dev.akmatori.domain.context.ReferenceCheck;
import dev.akmatori.domain.shared.BadRequestException;
import dev.akmatori.domain.shared.ConflictException;
import dev.akmatori.domain.shared.NotFoundException;
import dev.akmatori.domain.shared.Page;
import dev.akmatori.domain.shared.PageRequest;
import dev.akmatori.domain.shared.TooLargeException;
import dev.akmatori.domain.shared.ValidationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Upload checks in the order of contract §3.6, and the other use cases over the fakes. */
class ContextFileServiceTest {
  private static final String BAD_FORMAT =
      "invalid filename format: use only letters, numbers, dashes, underscores and one extension";
  private static final byte[] OVER_LIMIT = new byte[(int) ContextFileProblems.MAX_FILE_BYTES + 1];

  private final InMemoryContextFileRepository repository = new InMemoryContextFileRepository();
  private final InMemoryContextFileStore store = new InMemoryContextFileStore();
  private final List<String> deleted = new ArrayList<>();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
  private final ContextFileService service = new ContextFileService(repository, store, deleted::add, clock);

  private static ScriptedUploadForm form() {
    return new ScriptedUploadForm();
  }

  private static TooLargeException requestTooLarge() {
    return new TooLargeException("Request body exceeds maximum size of 10551296 bytes", 10_551_296);
  }

  private static void assertField(ThrowingCallable call, String field, String message) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.details()).containsExactlyEntriesOf(Map.of(field, message)));
  }

  private void assertNothingLeft() {
    assertThat(store.names()).isEmpty();
    assertThat(store.pendingStages()).isZero();
    assertThat(repository.list(PageRequest.ALL).items()).isEmpty();
  }

  @Test
  void upload_storesTheBytesAndTheRecord_namedByTheClientsFilename() {
    ContextFile created =
        service.upload(form().file("arch.md", "# Architecture").field("description", "Overview"));

    assertThat(created.filename().value()).isEqualTo("arch.md");
    assertThat(created.originalName()).isEqualTo("arch.md");
    assertThat(created.mimeType()).isEqualTo("text/markdown");
    assertThat(created.size()).isEqualTo(14);
    assertThat(created.description()).isEqualTo("Overview");
    assertThat(created.createdAt()).isEqualTo(clock.instant());
    assertThat(new String(store.content("arch.md"), StandardCharsets.UTF_8)).isEqualTo("# Architecture");
    assertThat(store.pendingStages()).isZero();
  }

  @Test
  void upload_theFilenameField_wins_evenWhenItArrivesAfterTheFile_andTheDeclaredTypeIsKept() {
    ContextFile created =
        service.upload(
            form()
                .file("C:\\docs\\inventory.csv", "text/csv; charset=utf-8", "a,b".getBytes(StandardCharsets.UTF_8))
                .field("filename", "hosts.csv"));

    assertThat(created.filename().value()).isEqualTo("hosts.csv");
    assertThat(created.originalName()).isEqualTo("C:\\docs\\inventory.csv");
    assertThat(created.mimeType()).isEqualTo("text/csv; charset=utf-8");
    assertThat(created.description()).isEmpty();
    assertThat(store.names()).containsExactly("hosts.csv");
  }

  @Test
  void upload_anOctetStreamPart_getsTheTypeOfItsExtension() {
    ContextFile created =
        service.upload(form().file("run.sh", "application/octet-stream", new byte[] {1, 2}));

    assertThat(created.mimeType()).isEqualTo("application/x-sh");
  }

  @Test
  void upload_theFirstPartOfEachName_counts_andUnknownPartsAreIgnored() {
    ContextFile created =
        service.upload(
            form()
                .field("comment", "ignored")
                .file("a.txt", "first")
                .file("b.txt", "second")
                .field("description", "one")
                .field("description", "two"));

    assertThat(created.filename().value()).isEqualTo("a.txt");
    assertThat(created.description()).isEqualTo("one");
    assertThat(store.names()).containsExactly("a.txt");
    assertThat(store.pendingStages()).isZero();
  }

  @Test
  void check1_aBrokenForm_isABadRequest_evenAfterAGoodFilePart() {
    ScriptedUploadForm form =
        form().file("a.md", "x").failingAtEnd(() -> new BadRequestException("Failed to parse multipart form"));

    assertThatThrownBy(() -> service.upload(form)).isInstanceOf(BadRequestException.class);
    assertNothingLeft();
  }

  @Test
  void check2_withoutAFilePart_fileIsRequired() {
    assertField(() -> service.upload(form().field("filename", "a.md")), "file", "is required");
  }

  @Test
  void check3_noNameAnywhere_filenameIsRequired_anEmptyFieldFallsBackToTheClientsName() {
    assertField(() -> service.upload(form().file(null, "x")), "filename", "is required");
    assertField(() -> service.upload(form().file("", "x").field("filename", "")), "filename", "is required");
    assertThat(service.upload(form().file("c.md", "x").field("filename", "")).filename().value())
        .isEqualTo("c.md");
  }

  @Test
  void check4to6_theNameRules_applyUnchangedToTheClientsName() {
    String tooLong = "a".repeat(300) + ".md";
    assertField(() -> service.upload(form().file(tooLong, "x")), "filename", "must be at most 255 characters");
    assertField(() -> service.upload(form().file("C:\\docs\\a.md", "x")), "filename", BAD_FORMAT);
    assertField(() -> service.upload(form().file("a.exe", "x")), "filename", "file type '.exe' not allowed");
    assertNothingLeft();
  }

  @Test
  void check4_aHugeFilenameField_isCutWhileRead_andStillTooLong() {
    String huge = "ü".repeat(100_000);

    assertField(
        () -> service.upload(form().file("a.md", "x").field("filename", huge)),
        "filename",
        "must be at most 255 characters");
  }

  @Test
  void check7_aNameTakenInTheDatabase_isAConflict() {
    ContextFileDraft recorded = new ContextFileDraft(new ContextFileName("a.md"), "", "text/markdown", 1, "");
    repository.create(recorded, clock.instant());

    assertThatThrownBy(() -> service.upload(form().file("a.md", "new")))
        .isInstanceOf(ConflictException.class)
        .hasMessage("File 'a.md' already exists");
    assertThat(store.names()).isEmpty();
    assertThat(store.pendingStages()).isZero();
  }

  @Test
  void check7_aNameTakenOnlyOnDisk_isAConflict_andTheFileIsUntouched() {
    store.put("a.md", "old".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> service.upload(form().file("a.md", "new")))
        .isInstanceOf(ConflictException.class)
        .hasMessage("File 'a.md' already exists");
    assertThat(store.content("a.md")).isEqualTo("old".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void check7_comesBeforeTheSizeCheck() {
    store.put("a.md", new byte[1]);

    assertThatThrownBy(() -> service.upload(form().file("a.md", null, OVER_LIMIT)))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void check8_contentOverTenMebibytes_isTooLarge_afterTheNameChecks_andLeavesNothing() {
    assertField(() -> service.upload(form().file("bad name.md", null, OVER_LIMIT)), "filename", BAD_FORMAT);

    assertThatThrownBy(() -> service.upload(form().file("big.md", null, OVER_LIMIT)))
        .isInstanceOf(TooLargeException.class)
        .hasMessage("File exceeds maximum size of 10485760 bytes");
    assertNothingLeft();
  }

  @Test
  void check9_aDescriptionNoDatabaseKeeps_isAFieldError_andLeavesNothing() {
    assertField(() -> service.upload(form().file("a.md", "x").field("description", "a\u0000b")),
        "description", "must not contain NUL characters");
    assertNothingLeft();
  }

  @Test
  void aClientFilenameNoDatabaseKeeps_isKeptWithReplacementCharacters_whenTheFilenameFieldNamesTheFile() {
    ContextFile created = service.upload(form()
        .part("file", "a\u0000b.md", null, new ByteArrayInputStream("x".getBytes(StandardCharsets.UTF_8)))
        .field("filename", "ok.md"));

    assertThat(created.filename().value()).isEqualTo("ok.md");
    assertThat(created.originalName()).isEqualTo("a\ufffdb.md");
  }

  @Test
  void contentOfExactlyTenMebibytes_isAccepted() {
    byte[] limit = new byte[(int) ContextFileProblems.MAX_FILE_BYTES];

    assertThat(service.upload(form().file("big.log", null, limit)).size()).isEqualTo(10_485_760L);
  }

  @Test
  void aRequestOverItsLimit_whileAnOversizedFileIsSkipped_reportsTheFile() {
    ScriptedUploadForm form =
        form()
            .file("big.md", null, OVER_LIMIT)
            .failingAtEnd(ContextFileServiceTest::requestTooLarge);

    assertThatThrownBy(() -> service.upload(form)).hasMessage("File exceeds maximum size of 10485760 bytes");
    assertNothingLeft();
  }

  @Test
  void aRequestOverItsLimit_beforeAnyFile_reportsTheRequest() {
    ScriptedUploadForm form =
        form()
            .field("description", "long")
            .failingAtEnd(ContextFileServiceTest::requestTooLarge);

    assertThatThrownBy(() -> service.upload(form)).hasMessage(requestTooLarge().getMessage());
  }

  @Test
  void whenTheRecordCannotBeInserted_theFileIsRemovedAgain() {
    ContextFileRepository failing =
        new DelegatingRepository(repository) {
          @Override
          public ContextFile create(ContextFileDraft draft, Instant now) {
            throw new IllegalStateException("database down");
          }
        };
    ContextFileService broken = new ContextFileService(failing, store, deleted::add, clock);

    assertThatThrownBy(() -> broken.upload(form().file("a.md", "x"))).hasMessage("database down");
    assertNothingLeft();
  }

  @Test
  void download_opensTheBytesFromAnyOffset_withTheDownloadContentType() throws IOException {
    byte[] hello = "hello".getBytes(StandardCharsets.UTF_8);
    ContextFile created = service.upload(form().file("page.txt", "text/html", hello));

    ContextFileDownload download = service.download(created.id());

    assertThat(download.size()).isEqualTo(5);
    assertThat(download.contentType()).isEqualTo("application/octet-stream");
    try (InputStream in = download.open(1)) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("ello");
    }
  }

  @Test
  void download_ofAnUnknownId_orOfARecordWhoseFileIsMissing_isNotFound() {
    ContextFile created = service.upload(form().file("a.md", "x"));
    store.delete(created.filename());

    assertThatThrownBy(() -> service.download(new ContextFileId(999)))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("File not found");
    assertThatThrownBy(() -> service.download(created.id()))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("File not found");
    assertThat(service.get(created.id())).isEqualTo(created);
  }

  @Test
  void delete_removesFileAndRecord_thenTellsTheListeners() {
    ContextFile created = service.upload(form().file("a.md", "x"));

    service.delete(created.id());

    assertNothingLeft();
    assertThat(deleted).containsExactly("a.md");
    assertThatThrownBy(() -> service.delete(created.id())).isInstanceOf(NotFoundException.class);
    assertThat(deleted).hasSize(1);
  }

  @Test
  void delete_whenTheFileIsAlreadyMissing_stillRemovesTheRecord() {
    ContextFile created = service.upload(form().file("a.md", "x"));
    store.delete(created.filename());

    service.delete(created.id());

    assertThat(repository.find(created.id())).isEmpty();
    assertThat(deleted).containsExactly("a.md");
  }

  @Test
  void validate_splitsReferencesByRecordedFiles() {
    service.upload(form().file("arch.md", "x"));

    ReferenceCheck check = service.validate("[[arch.md]] and [n](assets/net.csv) and [[arch.md]]");

    assertThat(check.references()).containsExactly("arch.md", "net.csv");
    assertThat(check.found()).containsExactly("arch.md");
    assertThat(check.missing()).containsExactly("net.csv");
    assertThat(check.valid()).isFalse();
  }

  @Test
  void list_isOrderedByFilename() {
    service.upload(form().file("b.md", "x"));
    service.upload(form().file("a.md", "x"));

    assertThat(service.list(PageRequest.ALL).items())
        .extracting(f -> f.filename().value())
        .containsExactly("a.md", "b.md");
  }

  /** Forwards everything to another repository; tests override what should fail. */
  private static class DelegatingRepository implements ContextFileRepository {
    private final ContextFileRepository target;

    DelegatingRepository(ContextFileRepository target) {
      this.target = target;
    }

    @Override
    public ContextFile create(ContextFileDraft draft, Instant now) {
      return target.create(draft, now);
    }

    @Override
    public Optional<ContextFile> find(ContextFileId id) {
      return target.find(id);
    }

    @Override
    public Optional<ContextFile> findByFilename(ContextFileName filename) {
      return target.findByFilename(filename);
    }

    @Override
    public boolean delete(ContextFileId id) {
      return target.delete(id);
    }

    @Override
    public Page<ContextFile> list(PageRequest page) {
      return target.list(page);
    }
  }
}
