// Import list of package mocks in lib/tgspam/mocks of umputun/tg-spam (the import blocks of its non-test files; no code kept)
package mocks

import (
	_ "context"
	_ "github.com/sashabaranov/go-openai"
	_ "github.com/umputun/tg-spam/lib/approved"
	_ "github.com/umputun/tg-spam/lib/tgspam/plugin"
	_ "google.golang.org/genai"
	_ "io"
	_ "net/http"
	_ "sync"
)
