// Import list of package embed in experimental/embed of authelia/authelia (the import blocks of its non-test files; no code kept)
package embed

import (
	_ "context"
	_ "fmt"
	_ "github.com/authelia/authelia/v4/experimental/embed/provider"
	_ "github.com/authelia/authelia/v4/internal/clock"
	_ "github.com/authelia/authelia/v4/internal/configuration"
	_ "github.com/authelia/authelia/v4/internal/configuration/schema"
	_ "github.com/authelia/authelia/v4/internal/configuration/validator"
	_ "github.com/authelia/authelia/v4/internal/middlewares"
	_ "github.com/authelia/authelia/v4/internal/random"
	_ "github.com/authelia/authelia/v4/internal/service"
	_ "github.com/sirupsen/logrus"
	_ "net"
)
