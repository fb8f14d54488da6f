package forum.api.agreement;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import forum.core.training.CourseKind;

/** Recording a course, named as {@link forum.core.training.RecordTraining}'s components. */
public class TrainingForm {

    private CourseKind kind;
    private String courseName;
    private String provider;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate trainedOn;
    private int staffTrained;
    private Integer validMonths;

    public CourseKind getKind() {
        return kind;
    }

    public void setKind(CourseKind kind) {
        this.kind = kind;
    }

    public String getCourseName() {
        return courseName;
    }

    public void setCourseName(String courseName) {
        this.courseName = courseName;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public LocalDate getTrainedOn() {
        return trainedOn;
    }

    public void setTrainedOn(LocalDate trainedOn) {
        this.trainedOn = trainedOn;
    }

    public int getStaffTrained() {
        return staffTrained;
    }

    public void setStaffTrained(int staffTrained) {
        this.staffTrained = staffTrained;
    }

    public Integer getValidMonths() {
        return validMonths;
    }

    public void setValidMonths(Integer validMonths) {
        this.validMonths = validMonths;
    }
}
