/**
 * What a municipality's retention periods have made due for erasure, as the read models know it: the data subjects
 * whose personal values have been kept long enough. The retention job (forum-api) erases them.
 */
package forum.projections.retention;
