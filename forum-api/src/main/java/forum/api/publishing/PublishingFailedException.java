package forum.api.publishing;

class PublishingFailedException extends RuntimeException {

    PublishingFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
