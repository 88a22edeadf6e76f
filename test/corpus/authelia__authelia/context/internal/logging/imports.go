// Import list of package logging in internal/logging of authelia/authelia (the import blocks of its non-test files; no code kept)
package logging

import (
	_ "context"
	_ "fmt"
	_ "github.com/Gurpartap/logrus-stack"
	_ "github.com/authelia/authelia/v4/internal/configuration/schema"
	_ "github.com/sirupsen/logrus"
	_ "io"
	_ "os"
	_ "regexp"
	_ "strings"
	_ "sync"
	_ "time"
)
