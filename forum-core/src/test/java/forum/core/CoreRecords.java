package forum.core;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Every record of forum.core's main code (commands, events and the values they carry), found on the class path, so
 * that the tests over the message contract check a new message without its being listed anywhere.
 */
final class CoreRecords {

    static final List<Class<?>> ALL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("forum.core").stream()
            .map(JavaClass::reflect)
            .filter(Class::isRecord)
            .toList();

    private CoreRecords() {
    }
}
