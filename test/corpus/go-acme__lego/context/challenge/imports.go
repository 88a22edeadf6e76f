// Import list of package challenge in challenge of go-acme/lego (the import blocks of its non-test files; no code kept)
package challenge

import (
	_ "context"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/acme"
	_ "time"
)
