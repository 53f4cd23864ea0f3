package com.roleready.shared.adapter.rest.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Emails granted admin rights by configuration (ADMIN_USERS, comma-separated, case-insensitive). */
@ApplicationScoped
public class AdminUsers {

    private Set<String> emails = Set.of();

    protected AdminUsers() {
        // for CDI
    }

    @Inject
    public AdminUsers(@ConfigProperty(name = "admin.users") Optional<String> configured) {
        this.emails = parse(configured.orElse(""));
    }

    static Set<String> parse(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(","))
                .map(String::trim)
                .filter(email -> !email.isEmpty())
                .map(email -> email.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    public int size() {
        return emails.size();
    }

    public boolean includes(String email) {
        return email != null && emails.contains(email.trim().toLowerCase(Locale.ROOT));
    }
}
