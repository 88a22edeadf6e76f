// Import list of package notification in internal/notification of authelia/authelia (the import blocks of its non-test files; no code kept)
package notification

import (
	_ "bufio"
	_ "context"
	_ "crypto/tls"
	_ "crypto/x509"
	_ "fmt"
	_ "github.com/authelia/authelia/v4/internal/configuration/schema"
	_ "github.com/authelia/authelia/v4/internal/logging"
	_ "github.com/authelia/authelia/v4/internal/model"
	_ "github.com/authelia/authelia/v4/internal/random"
	_ "github.com/authelia/authelia/v4/internal/templates"
	_ "github.com/authelia/authelia/v4/internal/utils"
	_ "github.com/sirupsen/logrus"
	_ "github.com/wneessen/go-mail"
	_ "github.com/wneessen/go-mail/smtp"
	_ "net/mail"
	_ "os"
	_ "path/filepath"
	_ "strings"
	_ "time"
)
