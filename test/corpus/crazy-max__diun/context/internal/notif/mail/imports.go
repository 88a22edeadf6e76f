// Import list of package mail in internal/notif/mail of crazy-max/diun (the import blocks of its non-test files; no code kept)
package mail

import (
	_ "crypto/tls"
	_ "fmt"
	_ "github.com/crazy-max/diun/v4/internal/model"
	_ "github.com/crazy-max/diun/v4/internal/msg"
	_ "github.com/crazy-max/diun/v4/internal/notif/notifier"
	_ "github.com/crazy-max/diun/v4/internal/secret"
	_ "github.com/matcornic/hermes/v2"
	_ "github.com/pkg/errors"
	_ "github.com/rs/zerolog/log"
	_ "github.com/wneessen/go-mail"
	_ "strings"
	_ "text/template"
	_ "time"
)
