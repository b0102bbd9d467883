package io.clinicbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A public type is one that another package uses: whatever only its own package uses is package-private, so that
 * a package's public types are its entry points. Read from the sources, by simple name, and from the bytecode.
 */
class PackageVisibilityTest {

    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern DEPENDENCY =
            Pattern.compile("^\\s+(io\\.clinicbook\\S+)\\s+->\\s+(io\\.clinicbook\\S+)", Pattern.MULTILINE);
    private static final String PUBLIC_TYPE =
            "^public\\s+(?:final\\s+|abstract\\s+|sealed\\s+)*(?:class|record|interface|enum|@interface)\\s+%s\\b";
    /** What frameworks instantiate reflectively, outside CDI, and so must be public: OpenAPI filters, JAX-RS providers. */
    private static final Pattern FRAMEWORK_NEEDS_PUBLIC =
            Pattern.compile("\\b(implements (OASFilter|ReaderInterceptor)|extends Application)\\b");

    private record Source(Path path, String pkg, String text) {
        String typeName() {
            return path.getFileName().toString().replace(".java", "");
        }
    }

    @Test
    void publicTypesAreUsedOutsideTheirPackage() throws IOException {
        List<Source> sources = read(Path.of("src/main/java"), Path.of("src/test/java"));
        Set<String> reached = reachedFromAnotherPackage();
        Map<Boolean, List<Source>> byTree = sources.stream()
                .collect(Collectors.partitioningBy(s -> s.path().startsWith("src/main")));
        List<String> onlyUsedAtHome = byTree.get(true).stream()
                .filter(type -> !FRAMEWORK_NEEDS_PUBLIC.matcher(type.text()).find())
                .filter(type -> Pattern.compile(PUBLIC_TYPE.formatted(type.typeName()), Pattern.MULTILINE)
                        .matcher(type.text()).find())
                .filter(type -> !reached.contains(type.pkg() + "." + type.typeName()))
                .filter(type -> sources.stream()
                        .noneMatch(other -> !other.pkg().equals(type.pkg()) && mentions(other, type.typeName())))
                .map(type -> type.pkg() + "." + type.typeName())
                .sorted()
                .toList();
        assertThat(onlyUsedAtHome).as("public types that nothing outside their package uses").isEmpty();
    }

    /**
     * The compiler lets a method reference or an ignored result name no type, but the JVM still refuses a class that
     * another package cannot access (IllegalAccessError when the code first runs): read what the bytecode refers to.
     */
    @Test
    void noPackagePrivateTypeIsReachedFromAnotherPackage() throws ClassNotFoundException {
        Set<String> refused = new TreeSet<>();
        for (String to : reachedFromAnotherPackage()) {
            if (!Modifier.isPublic(Class.forName(to, false, getClass().getClassLoader()).getModifiers())) {
                refused.add(to);
            }
        }
        assertThat(refused).as("package-private types used from another package").isEmpty();
    }

    /** The classes of target/classes that a class of another package refers to, as jdeps reads the bytecode. */
    private static Set<String> reachedFromAnotherPackage() {
        StringWriter dependencies = new StringWriter();
        ToolProvider.findFirst("jdeps").orElseThrow().run(new PrintWriter(dependencies), new PrintWriter(new StringWriter()),
                "-verbose:class", "-filter:none", "target/classes");
        Matcher edge = DEPENDENCY.matcher(dependencies.toString());
        Set<String> reached = new TreeSet<>();
        while (edge.find()) {
            if (!packageOf(edge.group(1)).equals(packageOf(edge.group(2)))) {
                reached.add(edge.group(2));
            }
        }
        assertThat(reached).as("jdeps read the classes").isNotEmpty();
        return reached;
    }

    private static String packageOf(String className) {
        return className.substring(0, className.lastIndexOf('.'));
    }

    private static boolean mentions(Source source, String typeName) {
        return Pattern.compile("\\b" + typeName + "\\b").matcher(source.text()).find();
    }

    private static List<Source> read(Path... roots) throws IOException {
        List<Source> sources = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String text = Files.readString(file);
                    Matcher pkg = PACKAGE.matcher(text);
                    sources.add(new Source(file, pkg.find() ? pkg.group(1) : "", text));
                }
            }
        }
        return sources;
    }
}
