// __attribute__((transparent_union)): a parameter of such a union type
// takes an argument of any member's type and receives it as the first
// member. glibc's <sys/socket.h> declares bind, connect, getsockname ...
// this way under _GNU_SOURCE, so a struct sockaddr_in * goes in without a
// cast; a real socket round trip on the loopback checks the calls work.
// REQUIRES: gcc
// RUN: %c-run --gcc %s %t | FileCheck %s
// CHECK: first member 1
// CHECK: socket bound 1 named 1 family 1
#define _GNU_SOURCE 1
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

int main(void) {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in a;
  memset(&a, 0, sizeof a);
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  a.sin_port = 0;
  int bound = bind(fd, &a, sizeof a) == 0;          // struct sockaddr_in *, no cast
  struct sockaddr_in got;
  socklen_t len = sizeof got;
  int named = getsockname(fd, &got, &len) == 0 && got.sin_port != 0;
  struct sockaddr_in back;
  socklen_t blen = sizeof back;
  int same = getsockname(fd, (struct sockaddr *)&back, &blen) == 0 && back.sin_port == got.sin_port;
  printf("first member %d\n", same);
  printf("socket bound %d named %d family %d\n", bound, named, got.sin_family == AF_INET);
  close(fd);
  return 0;
}
