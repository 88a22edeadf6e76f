// Import list of package context in internal/context of nginx-proxy/docker-gen (the import blocks of its non-test files; no code kept)
package context

import (
	_ "bufio"
	_ "fmt"
	_ "github.com/fsouza/go-dockerclient"
	_ "github.com/nginx-proxy/docker-gen/internal/utils"
	_ "os"
	_ "regexp"
	_ "sort"
	_ "strconv"
	_ "sync"
	_ "time"
)
