// Import list of package mocks in app/events/mocks of umputun/tg-spam (the import blocks of its non-test files; no code kept)
package mocks

import (
	_ "context"
	_ "github.com/OvyFlash/telegram-bot-api"
	_ "github.com/umputun/tg-spam/app/bot"
	_ "github.com/umputun/tg-spam/app/storage"
	_ "github.com/umputun/tg-spam/lib/spamcheck"
	_ "sync"
	_ "time"
)
