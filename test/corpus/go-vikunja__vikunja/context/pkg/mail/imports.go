// Import list of package mail in pkg/mail of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package mail

import (
	_ "code.vikunja.io/api/pkg/config"
	_ "code.vikunja.io/api/pkg/log"
	_ "code.vikunja.io/api/pkg/utils"
	_ "code.vikunja.io/api/pkg/version"
	_ "context"
	_ "crypto/tls"
	_ "embed"
	_ "fmt"
	_ "github.com/stretchr/testify/assert"
	_ "github.com/wneessen/go-mail"
	_ "io"
	_ "net/url"
	_ "os"
	_ "reflect"
	_ "testing"
	_ "time"
)
