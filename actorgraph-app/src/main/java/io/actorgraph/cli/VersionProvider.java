package io.actorgraph.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest, with the versions of the parts users ask about. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"actorgraph " + (version == null ? "dev" : version),
            "Neo4j 5.26 LTS (embedded), Stanford CoreNLP 4.5.10, Java " + System.getProperty("java.version")};
    }
}
