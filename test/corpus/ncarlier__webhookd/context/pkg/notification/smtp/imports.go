// Import list of package smtp in pkg/notification/smtp of ncarlier/webhookd (the import blocks of its non-test files; no code kept)
package smtp

import (
	_ "crypto/tls"
	_ "fmt"
	_ "github.com/ncarlier/webhookd/pkg/helper"
	_ "github.com/ncarlier/webhookd/pkg/notification"
	_ "log/slog"
	_ "net"
	_ "net/smtp"
	_ "net/url"
	_ "strconv"
	_ "strings"
	_ "time"
)
