package forum.api.venue.importing;

import org.springframework.web.multipart.MultipartFile;

/** The upload of an import file; after a clean dry run, the confirmation carries the file back as {@code content}. */
public class ImportForm {

    private MultipartFile file;
    /** The file's bytes in Base64, as the dry run read them. */
    private String content;

    public MultipartFile getFile() {
        return file;
    }

    public void setFile(MultipartFile file) {
        this.file = file;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }
}
