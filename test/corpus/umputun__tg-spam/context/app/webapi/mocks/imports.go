// Import list of package mocks in app/webapi/mocks of umputun/tg-spam (the import blocks of its non-test files; no code kept)
package mocks

import (
	_ "context"
	_ "github.com/umputun/tg-spam/app/config"
	_ "github.com/umputun/tg-spam/app/events"
	_ "github.com/umputun/tg-spam/app/storage"
	_ "github.com/umputun/tg-spam/app/storage/engine"
	_ "github.com/umputun/tg-spam/lib/approved"
	_ "github.com/umputun/tg-spam/lib/spamcheck"
	_ "io"
	_ "sync"
	_ "time"
)
