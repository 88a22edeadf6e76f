// Import list of package regulation in internal/regulation of authelia/authelia (the import blocks of its non-test files; no code kept)
package regulation

import (
	_ "context"
	_ "database/sql"
	_ "fmt"
	_ "github.com/authelia/authelia/v4/internal/clock"
	_ "github.com/authelia/authelia/v4/internal/configuration/schema"
	_ "github.com/authelia/authelia/v4/internal/model"
	_ "github.com/authelia/authelia/v4/internal/storage"
	_ "github.com/authelia/authelia/v4/internal/utils"
	_ "github.com/sirupsen/logrus"
	_ "net"
	_ "strings"
	_ "time"
)
