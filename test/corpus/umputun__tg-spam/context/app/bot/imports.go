// Import list of package bot in app/bot of umputun/tg-spam (the import blocks of its non-test files; no code kept)
package bot

import (
	_ "context"
	_ "fmt"
	_ "github.com/hashicorp/go-multierror"
	_ "github.com/umputun/tg-spam/app/storage"
	_ "github.com/umputun/tg-spam/lib/approved"
	_ "github.com/umputun/tg-spam/lib/spamcheck"
	_ "github.com/umputun/tg-spam/lib/tgspam"
	_ "io"
	_ "log"
	_ "strconv"
	_ "strings"
	_ "time"
)
