// Import list of package mocks in app/bot/mocks of umputun/tg-spam (the import blocks of its non-test files; no code kept)
package mocks

import (
	_ "context"
	_ "github.com/umputun/tg-spam/app/storage"
	_ "github.com/umputun/tg-spam/lib/approved"
	_ "github.com/umputun/tg-spam/lib/spamcheck"
	_ "github.com/umputun/tg-spam/lib/tgspam"
	_ "io"
	_ "sync"
)
