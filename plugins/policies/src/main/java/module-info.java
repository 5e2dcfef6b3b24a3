/**
 * Local threshold policies as configuration only: files under {@code META-INF/safeguard/policies/},
 * listed in {@code META-INF/safeguard/threshold-policies}. No code, so nothing binds it on the
 * module path: add it with {@code --add-modules org.safeguard.plugins.policies} or a
 * {@code requires} in the application's module.
 */
module org.safeguard.plugins.policies {}
