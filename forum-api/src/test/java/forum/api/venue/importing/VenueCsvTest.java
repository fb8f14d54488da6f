package forum.api.venue.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import forum.core.venue.LicenceKind;

class VenueCsvTest {

    private static final String HEADER = "licenceNumber;name;address;licenceHolder;licenceKind;servingHours\n";

    private static ImportFile read(String text) {
        return VenueCsv.read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsSemicolonSeparatedLinesWithNordicLetters() {
        ImportFile file = read(HEADER + "DK-17;Kroen på Torvet;Østergade 4, Herning;Søs Ærø ApS;alkoholbevilling;11-02\n");

        assertThat(file.problems()).isEmpty();
        assertThat(file.lines()).containsExactly(new ImportLine(2, "DK-17", "Kroen på Torvet",
                "Østergade 4, Herning", "Søs Ærø ApS", LicenceKind.PERMANENT_PUBLIC, "11-02", null, null));
    }

    @Test
    void readsCommaSeparatedLinesWithAByteOrderMarkAndQuotedCommas() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String text = "Licence number,Name,Address,Licence holder,Licence kind,Serving hours,Licence valid from,"
                + "licence_valid_to\r\nSE-2,Krogen,\"Storgatan 1, Växjö\",Åsa Öberg,TEMPORARY,18-01,01.02.2027,"
                + "2027-12-31\r\n";
        byte[] content = new byte[bom.length + text.getBytes(StandardCharsets.UTF_8).length];
        System.arraycopy(bom, 0, content, 0, 3);
        System.arraycopy(text.getBytes(StandardCharsets.UTF_8), 0, content, 3, content.length - 3);

        ImportFile file = VenueCsv.read(content);

        assertThat(file.problems()).isEmpty();
        assertThat(file.lines()).containsExactly(new ImportLine(2, "SE-2", "Krogen", "Storgatan 1, Växjö",
                "Åsa Öberg", LicenceKind.TEMPORARY, "18-01", LocalDate.of(2027, 2, 1), LocalDate.of(2027, 12, 31)));
    }

    @Test
    void namesEveryBadLineWithItsFieldAndKeepsOnlyTheGoodOnes() {
        ImportFile file = read(HEADER
                + "NO-1;Bryggen;Strandkaien 2;Bryggen AS;alminnelig;12-01\n"
                + "NO-2;;Torget 1;Torget AS;alminnelig;12-01\n"
                + "\n"
                + "NO-3;Kaia;Kaia 3;Kaia AS;LOUD;12-01\n"
                + "NO-1;Bryggen igjen;Strandkaien 2;Bryggen AS;alminnelig;12-01\n"
                + "NO-4;Hotellet;Hotellveien 1;Hotellet AS;sluttet selskap\n");

        assertThat(file.venueLines()).isEqualTo(5);
        assertThat(file.problems()).containsExactly(
                new ImportProblem(3, "name", "required"),
                new ImportProblem(5, "licenceKind", "unknown-licence-kind"),
                new ImportProblem(6, "licenceNumber", "duplicate-licence-number"),
                new ImportProblem(7, "file", "wrong-column-count"));
        assertThat(file.lines()).extracting(ImportLine::licenceNumber).containsExactly("NO-1");
    }

    @Test
    void namesDatesThatAreNoDaysAndPeriodsThatEndBeforeTheyStart() {
        ImportFile file = read("licenceNumber;name;address;licenceHolder;licenceKind;servingHours;licenceValidFrom;"
                + "licenceValidTo\n"
                + "A;A;A;A;CATERING;A;31.02.2027;\n"
                + "B;B;B;B;CATERING;B;2027-06-01;2027-05-31\n");

        assertThat(file.problems()).containsExactly(new ImportProblem(2, "licenceValidFrom", "not-a-date"),
                new ImportProblem(3, "licenceValidTo", "licence-ends-before-it-starts"));
    }

    @Test
    void namesEveryMissingColumnOnTheHeaderLine() {
        ImportFile file = read("licenceNumber,name,address\nX,Y,Z\n");

        assertThat(file.problems()).containsExactly(new ImportProblem(1, "licenceHolder", "missing-column"),
                new ImportProblem(1, "licenceKind", "missing-column"),
                new ImportProblem(1, "servingHours", "missing-column"));
        assertThat(file.lines()).isEmpty();
    }

    @Test
    void namesTheLineWhereTheFileStopsBeingUtf8() {
        byte[] latin1 = (HEADER + "DK-1;Kroen;Gade 1;Holder;OTHER;11-02\nDK-2;Kroen på Torvet;Gade 2;H;OTHER;1\n")
                .getBytes(StandardCharsets.ISO_8859_1);

        ImportFile file = VenueCsv.read(latin1);

        assertThat(file.problems()).containsExactly(new ImportProblem(3, "file", "not-utf-8"));
        assertThat(file.lines()).isEmpty();
    }

    @Test
    void anEmptyFileIsAProblem() {
        assertThat(read(" \n").problems()).containsExactly(new ImportProblem(1, "file", "empty"));
    }
}
