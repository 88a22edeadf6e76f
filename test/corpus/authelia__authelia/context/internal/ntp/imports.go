// Import list of package ntp in internal/ntp of authelia/authelia (the import blocks of its non-test files; no code kept)
package ntp

import (
	_ "encoding/binary"
	_ "errors"
	_ "fmt"
	_ "github.com/authelia/authelia/v4/internal/clock"
	_ "github.com/authelia/authelia/v4/internal/configuration/schema"
	_ "github.com/authelia/authelia/v4/internal/logging"
	_ "github.com/sirupsen/logrus"
	_ "net"
	_ "time"
)
