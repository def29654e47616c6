package io.newswire.app.cli;

import io.newswire.app.eval.NerDocuments;
import picocli.CommandLine;

/** "2:1" → part 1 of 2 parts. */
final class SplitConverter implements CommandLine.ITypeConverter<NerDocuments.Split> {
    @Override
    public NerDocuments.Split convert(String value) {
        String[] parts = value.split(":");
        if (parts.length != 2) {
            throw new CommandLine.TypeConversionException("expected PARTS:PART, e.g. 2:0, not '" + value + "'");
        }
        try {
            return new NerDocuments.Split(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
