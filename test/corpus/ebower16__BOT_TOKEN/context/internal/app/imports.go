// Import list of package app in internal/app of ebower16/BOT_TOKEN (the import blocks of its non-test files; no code kept)
package app

import (
	_ "bytes"
	_ "fmt"
	_ "github.com/go-telegram-bot-api/telegram-bot-api/v5"
	_ "github.com/streadway/amqp"
	_ "net/http"
	_ "sync"
)
