// Import list of package manual in providers/dns/manual of go-acme/lego (the import blocks of its non-test files; no code kept)
package manual

import (
	_ "bufio"
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "os"
	_ "time"
)
