import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { TEST_PASSWORD } from "../test/app.ts";
import { commonPasswordList } from "./common-passwords.generate.ts";
import { passwordProblem } from "./passwords.ts";

describe("password policy (R11)", () => {
  it("accepts the test password, demo passwords as main.ts makes them, and the passwords other tests set", () => {
    const others = ["Brand-New-Secret-42", "Long-Enough-Pass-1", "Npm-journey-Passw0rd!"];
    const strong = ["Xy-93847561029", "Sunny-Steppe-Horse-9", "Tq8#mZ2!vL4p", "Жаңа-Құпия-Сөз-2026"];
    for (const pw of [TEST_PASSWORD, ...others, ...strong])
      expect(passwordProblem(pw, "someone"), pw).toBeNull();
    for (let i = 0; i < 2000; i++) {
      const demo = `Demo-${randomBytes(6).toString("base64url")}-2026`;
      for (const user of ["admin", "inspector", "auditor", "commissioner"])
        expect(passwordProblem(demo, user), demo).toBeNull();
    }
  });

  it.each([
    ["Aa1!Aa1!Aa1", "x", "auth.password_too_short"],
    ["aaaaaaaaaaaa", "x", "auth.password_repeated"],
    ["Ab1!Ab1!Ab1!", "x", "auth.password_repeated"],
    ["My-alice-Secret-7", "alice", "auth.password_contains_username"],
    ["Nurlan-Secret-77", "nurlan.k", "auth.password_contains_username"],
    ["Password2026!", "x", "auth.password_common"],
    ["P@ssw0rd!2026", "x", "auth.password_common"],
    ["Qwerty123456!", "x", "auth.password_common"],
    ["Aa123456789!", "x", "auth.password_common"],
    ["1Qaz2Wsx3Edc!", "x", "auth.password_common"],
    ["!QAZ@WSX#EDC", "x", "auth.password_common"],
    ["Qwertyuiop[]", "x", "auth.password_common"],
    ["Kazakhstan2026!", "x", "auth.password_common"],
    ["Aldyn-2026-!!", "x", "auth.password_common"],
    ["Parol-123456", "x", "auth.password_common"],
    ["Gfhjkm-123456", "x", "auth.password_common"], // "пароль" typed on a Latin keyboard
    ["Пароль2026!!", "x", "auth.password_common"],
    ["Nursultan1997!", "x", "auth.password_common"],
    ["Iloveyou-2025", "x", "auth.password_common"],
    ["Admin@123456", "x", "auth.password_common"],
    ["correcthorsebatterystaple", "x", "auth.password_too_simple"],
  ])("refuses %s (user %s) with %s", (password, username, code) => {
    expect(passwordProblem(password, username)).toBe(code);
  });

  it("ships a list of a few thousand, exactly what the generator makes", () => {
    const shipped = readFileSync(new URL("./common-passwords.txt", import.meta.url), "utf8");
    const list = commonPasswordList();
    expect(list.length).toBeGreaterThan(3000);
    expect(shipped).toBe(`${list.join("\n")}\n`);
  });
});
