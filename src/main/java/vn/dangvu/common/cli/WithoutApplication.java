package vn.dangvu.common.cli;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a command that needs nothing of the application — no database, no module's service — such as writing
 * generated files: {@link CommandLineTool} runs it without starting the application (no embedded PostgreSQL started,
 * no {@code ./data} folder made). Its class's name ends in {@code Command} (only those class files are read) and it
 * needs a constructor without arguments.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface WithoutApplication {

}
