// Import list of package testutil in client/pkg/testutil of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package testutil

import (
	_ "errors"
	_ "flag"
	_ "fmt"
	_ "github.com/stretchr/testify/assert"
	_ "go.etcd.io/etcd/client/pkg/v3/verify"
	_ "log"
	_ "net/http"
	_ "net/url"
	_ "os"
	_ "regexp"
	_ "runtime"
	_ "sort"
	_ "strings"
	_ "sync"
	_ "testing"
	_ "time"
)
