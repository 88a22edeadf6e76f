// Import list of package provider in experimental/embed/provider of authelia/authelia (the import blocks of its non-test files; no code kept)
package provider

import (
	_ "crypto/x509"
	_ "github.com/authelia/authelia/v4/internal/authentication"
	_ "github.com/authelia/authelia/v4/internal/authorization"
	_ "github.com/authelia/authelia/v4/internal/clock"
	_ "github.com/authelia/authelia/v4/internal/configuration/schema"
	_ "github.com/authelia/authelia/v4/internal/expression"
	_ "github.com/authelia/authelia/v4/internal/metrics"
	_ "github.com/authelia/authelia/v4/internal/middlewares"
	_ "github.com/authelia/authelia/v4/internal/notification"
	_ "github.com/authelia/authelia/v4/internal/ntp"
	_ "github.com/authelia/authelia/v4/internal/oidc"
	_ "github.com/authelia/authelia/v4/internal/random"
	_ "github.com/authelia/authelia/v4/internal/regulation"
	_ "github.com/authelia/authelia/v4/internal/session"
	_ "github.com/authelia/authelia/v4/internal/storage"
	_ "github.com/authelia/authelia/v4/internal/templates"
	_ "github.com/authelia/authelia/v4/internal/totp"
	_ "github.com/authelia/authelia/v4/internal/webauthn"
)
