// Import list of package main in contrib/lock/client of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package main

import (
	_ "bufio"
	_ "bytes"
	_ "context"
	_ "encoding/json"
	_ "fmt"
	_ "go.etcd.io/etcd/client/v3"
	_ "go.etcd.io/etcd/client/v3/concurrency"
	_ "io"
	_ "log"
	_ "net/http"
	_ "os"
	_ "strconv"
	_ "time"
)
