// Import list of package weather in command/weather of hionay/rubyChan (the import blocks of its non-test files; no code kept)
package weather

import (
	_ "bytes"
	_ "context"
	_ "encoding/json"
	_ "fmt"
	_ "github.com/hionay/rubyChan/state"
	_ "io"
	_ "maunium.net/go/mautrix"
	_ "maunium.net/go/mautrix/event"
	_ "net/http"
	_ "net/url"
	_ "strconv"
	_ "strings"
	_ "sync"
	_ "time"
)
