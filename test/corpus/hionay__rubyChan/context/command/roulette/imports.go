// Import list of package roulette in command/roulette of hionay/rubyChan (the import blocks of its non-test files; no code kept)
package roulette

import (
	_ "context"
	_ "fmt"
	_ "github.com/hionay/rubyChan/internal/matrixutil"
	_ "github.com/hionay/rubyChan/state"
	_ "html"
	_ "log"
	_ "math/rand"
	_ "maunium.net/go/mautrix"
	_ "maunium.net/go/mautrix/event"
	_ "maunium.net/go/mautrix/id"
	_ "strings"
	_ "sync"
	_ "time"
)
