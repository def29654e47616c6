package io.newswire.config;

import org.apache.kafka.common.config.ConfigDef;

/** Validators several settings share; a class of their own because an enum's constants cannot use its own statics. */
final class SettingValidators {

    static final ConfigDef.Validator NON_EMPTY = new ConfigDef.NonEmptyString();
    static final ConfigDef.Validator PORT = ConfigDef.Range.between(1, 65535);

    private SettingValidators() {
    }
}
