// Import list of package transport in internal/transport of ebower16/BOT_TOKEN (the import blocks of its non-test files; no code kept)
package transport

import (
	_ "botus/internal/service"
	_ "fmt"
	_ "github.com/go-telegram-bot-api/telegram-bot-api/v5"
	_ "sync"
)
