// Import list of package liquidweb in providers/dns/liquidweb of go-acme/lego (the import blocks of its non-test files; no code kept)
package liquidweb

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/liquidweb/liquidweb-go/client"
	_ "github.com/liquidweb/liquidweb-go/network"
	_ "sort"
	_ "strconv"
	_ "strings"
	_ "sync"
	_ "time"
)
