// Import list of package authorization in internal/authorization of authelia/authelia (the import blocks of its non-test files; no code kept)
package authorization

import (
	_ "fmt"
	_ "github.com/authelia/authelia/v4/internal/authentication"
	_ "github.com/authelia/authelia/v4/internal/configuration/schema"
	_ "github.com/authelia/authelia/v4/internal/logging"
	_ "github.com/authelia/authelia/v4/internal/utils"
	_ "github.com/sirupsen/logrus"
	_ "net"
	_ "net/url"
	_ "regexp"
	_ "strings"
)
